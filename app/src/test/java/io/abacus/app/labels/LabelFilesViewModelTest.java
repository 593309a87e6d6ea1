package io.abacus.app.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.RecentFolder;
import io.abacus.explorer.labels.LabelTransfer.Outcome;
import io.abacus.explorer.query.IndexLabels;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BIP-329 label files from the explorer page: a file from another wallet, and a round trip. */
class LabelFilesViewModelTest {
  private static final Network NET =
      new Network(
          "labels-test",
          "Labels test",
          31337,
          "http://127.0.0.1:1",
          "ETH",
          18,
          null,
          Network.Kind.CUSTOM,
          true);
  private static final String BAKERY = "0x" + "ab".repeat(20);
  private static final String RENT_TX = "0x" + "5e".repeat(32);

  /** What another wallet (Sparrow's layout, plus the EVM records) writes, following the BIP. */
  private static final String OTHER_WALLET =
      String.join(
          "\n",
          "{\"type\":\"tx\",\"ref\":\"" + RENT_TX + "\",\"label\":\"Rent for March\"}",
          "{\"type\":\"addr\",\"ref\":\"" + BAKERY + "\",\"label\":\"Corner Bakery\"}",
          "{\"type\":\"pubkey\",\"ref\":\"0283409659355b6d1cc3c32decd5d561abaac86c37a353b52895a5e6c196d6f448\","
              + "\"label\":\"Key one\"}",
          "{\"type\":\"xpub\",\"ref\":\"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29E"
              + "SFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8\",\"label\":\"Cold storage\"}",
          "{\"type\":\"output\",\"ref\":\"f91d0a8a78462bc59398f2c5d7a84fcff491c26ba54c4833478b202796c8aafd:0\","
              + "\"label\":\"Change\",\"spendable\":false}",
          "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\",\"label\":\"BTC\"}",
          "this line is not JSON",
          "{\"type\":\"addr\",\"ref\":\"" + BAKERY + "\",\"label\":\"Corner Bakery 面包店\"}",
          "");

  @Test
  void aFileFromAnotherWalletImportsAndEachLineSaysWhatWasDone(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("sparrow.jsonl"), OTHER_WALLET);
    try (IndexSession session = session(dir, "first")) {
      LabelFilesViewModel m = model(session, dir, Locale.ENGLISH);
      m.importFile(file);
      assertThat(m.outcomes())
          .containsExactly(
              Outcome.ADDED,
              Outcome.ADDED,
              Outcome.SKIPPED,
              Outcome.SKIPPED,
              Outcome.SKIPPED,
              Outcome.SKIPPED,
              Outcome.ERROR,
              Outcome.UPDATED);
      assertThat(m.statusProperty().get())
          .isEqualTo("2 added, 1 updated, 0 removed, 0 unchanged, 4 skipped, 1 not read");
      assertThat(m.report().get(0).text()).isEqualTo("Line 1: added " + RENT_TX);
      assertThat(m.report().get(2).text())
          .startsWith("Line 3: skipped 0283409659")
          .endsWith("(\"pubkey\" records have no meaning on EVM chains)");
      assertThat(m.report().get(3).text()).contains("skipped xpub661").contains("\"xpub\"");
      assertThat(m.report().get(5).text()).endsWith("(not an EVM address)");
      assertThat(m.report().get(6).text()).startsWith("Line 7: not read");
      assertThat(session.explorer().label(Address.parse(BAKERY))).contains("Corner Bakery 面包店");
      assertThat(m.folders().folder()).isEqualTo(dir);

      LabelFilesViewModel zh = model(session, dir, Locale.SIMPLIFIED_CHINESE);
      zh.importFile(file);
      assertThat(zh.report().get(1).text()).startsWith("第 2 行：已更新 0x");
      assertThat(zh.statusProperty().get()).startsWith("新增 0 个，更新 2 个");
      assertThat(zh.report().get(2).text()).endsWith("（“pubkey”记录在 EVM 链上没有意义）");
      assertThat(zh.report().get(5).text()).endsWith("（不是 EVM 地址）");
    }
  }

  @Test
  void exportThenImportIntoAFreshIndexGivesTheSameLabels(@TempDir Path dir) throws Exception {
    Path sample = Files.writeString(dir.resolve("sample.jsonl"), OTHER_WALLET);
    Path exported = dir.resolve("labels-export.jsonl");
    List<IndexLabels.Entry> addresses;
    List<IndexLabels.Entry> txs;
    try (IndexSession first = session(dir, "first")) {
      LabelFilesViewModel m = model(first, dir, Locale.ENGLISH);
      m.importFile(sample);
      m.exportFile(exported);
      assertThat(m.statusProperty().get()).isEqualTo("Wrote 2 labels to " + exported);
      assertThat(m.report()).isEmpty();
      try (IndexLabels labels = new IndexLabels(first.create())) {
        addresses = labels.addressLabels();
        txs = labels.txLabels();
      }
    }
    assertThat(Files.readString(exported, StandardCharsets.UTF_8))
        .contains("\"type\":\"addr\"")
        .contains("Corner Bakery 面包店");
    try (IndexSession fresh = session(dir, "fresh")) {
      LabelFilesViewModel m = model(fresh, dir, Locale.ENGLISH);
      m.importFile(exported);
      assertThat(m.outcomes()).containsExactly(Outcome.ADDED, Outcome.ADDED);
      try (IndexLabels labels = new IndexLabels(fresh.create())) {
        assertThat(labels.addressLabels()).isEqualTo(addresses).hasSize(1);
        assertThat(labels.txLabels()).isEqualTo(txs).hasSize(1);
      }
    }
  }

  @Test
  void exportingWithoutAnIndexSaysSoAndWritesNothing(@TempDir Path dir) {
    try (IndexSession none = session(dir, "none")) {
      LabelFilesViewModel m = model(none, dir, Locale.ENGLISH);
      Path out = dir.resolve("labels.jsonl");
      m.exportFile(out);
      assertThat(m.statusProperty().get()).startsWith("Labels: no index for Labels test yet");
      assertThat(out).doesNotExist();
      assertThat(m.busyProperty().get()).isFalse();
    }
  }

  private static IndexSession session(Path dir, String name) {
    return new IndexSession(NET, IndexLocations.of(dir.resolve(name), NET));
  }

  private static LabelFilesViewModel model(IndexSession s, Path dir, Locale locale) {
    return new LabelFilesViewModel(
        s, TaskExecutor.sameThread(), new I18n(locale), RecentFolder.in(dir));
  }
}
