package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A made-up business of the demo activity. Its address is derived from its name (the last 20 bytes
 * of keccak-256 of {@code "abacus-sandbox-demo:" + name}), so it is the same on every machine; no
 * one holds its key, the Sandbox sends for it by impersonation.
 *
 * @param name display name (written to the labels file)
 * @param address its account
 */
public record DemoBusiness(String name, Address address) {
  private static final List<String> NAMES =
      List.of(
          "Northwind Traders",
          "Blue Harbor Bakery",
          "Alder & Finch Accounting",
          "Cedar Lane Coffee",
          "Copperleaf Florist",
          "Driftwood Surf Shop",
          "Evergreen Landscaping",
          "Foxglove Books",
          "Granite Peak Outfitters",
          "Harborview Dental",
          "Ironbridge Hardware",
          "Juniper Yoga Studio",
          "Kestrel Courier",
          "Larkspur Catering",
          "Maple Street Garage",
          "Nightingale Printing",
          "Oakridge Plumbing",
          "Pinecrest Pharmacy",
          "Quarry Hill Brewing",
          "Riverbend Veterinary",
          "Saffron Kitchen",
          "Thistle & Thread Tailors",
          "Umber Pottery",
          "Velvet Note Music",
          "Willow Creek Farm",
          "Yarrow Tea House",
          "Zephyr Bike Repair",
          "Amber Fields Grocery",
          "Bramble Web Design",
          "Cobalt Electric",
          "Dunmore Freight",
          "Elm Row Law Office",
          "Fernwood Daycare",
          "Gull Point Fishery",
          "Hollyhock Cleaning",
          "Indigo Print Lab");

  /** The demo businesses, always the same ones in the same order. */
  public static List<DemoBusiness> all() {
    return NAMES.stream().map(DemoBusiness::named).toList();
  }

  static DemoBusiness named(String name) {
    byte[] hash = Keccak256.hash(("abacus-sandbox-demo:" + name).getBytes(StandardCharsets.UTF_8));
    return new DemoBusiness(name, Address.of(Arrays.copyOfRange(hash, 12, 32)));
  }
}
