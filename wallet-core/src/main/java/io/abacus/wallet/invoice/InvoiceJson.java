package io.abacus.wallet.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The invoice file's format, version {@value #VERSION}: invoices and per chain the payments seen.
 */
final class InvoiceJson {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file's content. */
  record Content(List<Invoice> invoices, Map<Long, InvoiceBook.Snapshot> chains) {}

  private InvoiceJson() {}

  static Content parse(Optional<byte[]> bytes) throws IOException {
    List<Invoice> invoices = new ArrayList<>();
    Map<Long, InvoiceBook.Snapshot> chains = new TreeMap<>();
    if (bytes.isEmpty()) {
      return new Content(invoices, chains);
    }
    JsonNode root = JSON.readTree(bytes.get());
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException(
          "the invoice file has format version " + version + "; this Abacus reads " + VERSION);
    }
    try {
      for (JsonNode n : root.path("invoices")) {
        invoices.add(invoice(n));
      }
      var it = root.path("chains").fields();
      while (it.hasNext()) {
        var e = it.next();
        List<IncomingPayment> payments = new ArrayList<>();
        for (JsonNode p : e.getValue().path("payments")) {
          payments.add(payment(p));
        }
        chains.put(
            Long.parseLong(e.getKey()),
            new InvoiceBook.Snapshot(
                e.getValue().path("head").asLong(),
                e.getValue().path("confirmations").asInt(1),
                payments));
      }
    } catch (RuntimeException e) {
      throw new IOException("the invoice file is damaged: " + e.getMessage(), e);
    }
    return new Content(invoices, chains);
  }

  static byte[] toBytes(Content content) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("version", VERSION);
    ArrayNode list = root.putArray("invoices");
    content.invoices().forEach(i -> list.add(json(i)));
    ObjectNode chains = root.putObject("chains");
    content
        .chains()
        .forEach(
            (id, s) -> {
              ObjectNode c =
                  chains
                      .putObject(String.valueOf(id))
                      .put("head", s.head())
                      .put("confirmations", s.confirmations());
              ArrayNode ps = c.putArray("payments");
              s.payments().forEach(p -> ps.add(json(p)));
            });
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private static ObjectNode json(Invoice i) {
    ObjectNode n =
        JSON.createObjectNode()
            .put("id", i.id())
            .put("chainId", i.chainId())
            .put("payTo", i.payTo())
            .put("asset", i.asset())
            .put("symbol", i.symbol())
            .put("decimals", i.decimals())
            .put("nominal", i.nominal().toString())
            .put("amount", i.amount().toString())
            .put("customer", i.customer())
            .put("payer", i.payer())
            .put("reference", i.reference())
            .put("issued", i.issued().toString())
            .put("due", i.due() == null ? null : i.due().toString())
            .put("createdBlock", i.createdBlock())
            .put("cancelled", i.cancelled());
    ArrayNode items = n.putArray("lineItems");
    for (LineItem l : i.lineItems()) {
      items
          .addObject()
          .put("description", l.description())
          .put("quantity", l.quantity().toPlainString())
          .put("unitPrice", l.unitPrice().toString());
    }
    ArrayNode assigned = n.putArray("assigned");
    i.assigned().forEach(assigned::add);
    return n;
  }

  private static Invoice invoice(JsonNode n) {
    List<LineItem> items = new ArrayList<>();
    for (JsonNode l : n.path("lineItems")) {
      items.add(
          new LineItem(
              l.path("description").asText(),
              new BigDecimal(l.path("quantity").asText()),
              new BigInteger(l.path("unitPrice").asText())));
    }
    List<String> assigned = new ArrayList<>();
    n.path("assigned").forEach(h -> assigned.add(h.asText()));
    return new Invoice(
        n.path("id").asText(),
        n.path("chainId").asLong(),
        n.path("payTo").asText(),
        n.path("asset").asText(),
        n.path("symbol").asText(),
        n.path("decimals").asInt(),
        new BigInteger(n.path("nominal").asText()),
        new BigInteger(n.path("amount").asText()),
        n.path("customer").asText(""),
        n.hasNonNull("payer") ? n.path("payer").asText() : null,
        n.path("reference").asText(""),
        LocalDate.parse(n.path("issued").asText()),
        n.hasNonNull("due") ? LocalDate.parse(n.path("due").asText()) : null,
        items,
        n.path("createdBlock").asLong(),
        n.path("cancelled").asBoolean(),
        assigned);
  }

  private static ObjectNode json(IncomingPayment p) {
    return JSON.createObjectNode()
        .put("key", p.key())
        .put("hash", p.hash())
        .put("from", p.from())
        .put("to", p.to())
        .put("asset", p.asset())
        .put("amount", p.amount().toString())
        .put("blockNumber", p.blockNumber())
        .put("logIndex", p.logIndex())
        .put("time", p.time());
  }

  private static IncomingPayment payment(JsonNode n) {
    return new IncomingPayment(
        n.path("key").asText(),
        n.path("hash").asText(),
        n.path("from").asText(),
        n.path("to").asText(),
        n.path("asset").asText(),
        new BigInteger(n.path("amount").asText()),
        n.path("blockNumber").asLong(),
        n.path("logIndex").asInt(),
        n.path("time").asLong());
  }
}
