package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search routing and navigation history on an anvil chain indexed through the index manager. */
@WithAnvil
class ExplorerViewModelTest {
  static ExplorerTestChain chain;
  static Path data;
  static AddressBook book;
  private ExplorerViewModel model;

  @BeforeAll
  static void indexAChain(Anvil anvil, @TempDir Path dir) throws Exception {
    chain = new ExplorerTestChain(anvil);
    data = dir;
    chain.selectIn(data);
    book = AddressBook.open(data.resolve("address-book.json"));
    book.put(new Contact(chain.account(4), "Acme Supplies", "pays monthly"));
    ExplorerViewModel m = newModel();
    IndexManagerViewModel manager =
        new IndexManagerViewModel(m.session(), TaskExecutor.sameThread(), m.i18n());
    manager.start();
    assertThat(manager.errorProperty().get()).isEmpty();
    assertThat(manager.statusProperty().get()).isEqualTo(m.i18n().get("explorer.index.done"));
  }

  static ExplorerViewModel newModel() {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    TaskExecutor executor = TaskExecutor.sameThread();
    AppSettings settings = new AppSettings(store.load(Locale.ENGLISH), store, executor);
    return new ExplorerViewModel(settings, data, executor, book, new I18n(Locale.ENGLISH));
  }

  @BeforeEach
  void open() {
    model = newModel();
  }

  private Place searchFor(String text) {
    model.searchTextProperty().set(text);
    model.submit();
    return model.placeProperty().get();
  }

  @Test
  void theIndexLivesInTheDataFolderUnderTheNetworkId() {
    assertThat(model.session().file())
        .isEqualTo(data.resolve("indexes").resolve("anvil-test.sqlite"))
        .isEqualTo(IndexLocations.of(data, chain.network))
        .exists();
  }

  @Test
  void aTransactionHashOpensTheTransaction() {
    assertThat(searchFor(chain.transferTx)).isEqualTo(new Place.Transaction(chain.transferTx));
    assertThat(searchFor("  " + chain.mintTx.toUpperCase(Locale.ROOT).replace("0X", "0x") + " "))
        .isEqualTo(new Place.Transaction(chain.mintTx));
  }

  @Test
  void aBlockNumberOpensTheBlock() {
    assertThat(searchFor("2")).isEqualTo(new Place.Block(2));
  }

  @Test
  void anAddressOpensTheAddressPageAndAWrongChecksumFindsNothing() {
    Address a = chain.account(3);
    assertThat(searchFor(a.toString())).isEqualTo(new Place.AddressPage(a));
    String wrong = a.toString().substring(0, 2) + flipCase(a.toString().substring(2));
    model.go(new Place.Blocks());
    assertThat(searchFor(wrong)).isEqualTo(new Place.Blocks());
    assertThat(model.searchMessageProperty().get()).contains("Nothing in the index matches");
  }

  @Test
  void aFailedSearchMessageClearsWhenTheUserMovesOn() {
    model.go(new Place.Blocks());
    assertThat(searchFor("no such thing anywhere")).isEqualTo(new Place.Blocks());
    assertThat(model.searchMessageProperty().get()).contains("Nothing in the index matches");
    model.go(new Place.Charts());
    assertThat(model.searchMessageProperty().get()).isEmpty();
    searchFor("no such thing anywhere");
    model.back();
    assertThat(model.searchMessageProperty().get()).isEmpty();
  }

  private static String flipCase(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }

  @Test
  void aPartialHashAutocompletesToTheTransaction() {
    model.searchTextProperty().set(chain.transferTx.substring(0, 9));
    model.suggest();
    assertThat(model.suggestions())
        .extracting(Suggestion::place)
        .contains(new Place.Transaction(chain.transferTx));
    assertThat(model.placeProperty().get()).isEqualTo(new Place.Manager());
  }

  @Test
  void anAddressBookNameIsALabelThatAutocompletes() {
    model.searchTextProperty().set("acme");
    model.suggest();
    assertThat(model.suggestions()).hasSize(1);
    Suggestion s = model.suggestions().get(0);
    assertThat(s.place()).isEqualTo(new Place.AddressPage(chain.account(4)));
    assertThat(model.describe(s)).contains("Acme Supplies");
    model.choose(s);
    assertThat(model.placeProperty().get()).isEqualTo(new Place.AddressPage(chain.account(4)));
  }

  @Test
  void anImportedAbiNameFindsTheTokenBySymbol() {
    model.session().explorer().importAbi(chain.token, "USD", "[]");
    // A token found by its symbol opens its token page (holders and transfers).
    assertThat(searchFor("us")).isEqualTo(new Place.Token(chain.token));
    assertThat(model.suggestions().get(0).kind()).isEqualTo(Suggestion.Kind.TOKEN);
  }

  @Test
  void backAndForwardWalkTheHistory() {
    model.go(new Place.Blocks());
    model.go(new Place.Block(1));
    model.back();
    assertThat(model.placeProperty().get()).isEqualTo(new Place.Blocks());
    assertThat(model.canGoForwardProperty().get()).isTrue();
    model.forward();
    assertThat(model.placeProperty().get()).isEqualTo(new Place.Block(1));
    model.back();
    model.go(new Place.Charts());
    assertThat(model.canGoForwardProperty().get()).isFalse();
    model.back();
    model.back();
    assertThat(model.placeProperty().get()).isEqualTo(new Place.Manager());
    assertThat(model.canGoBackProperty().get()).isFalse();
  }

  @Test
  void prefixRangesCoverExactlyTheValuesWithThatHexPrefix() {
    byte[][] even = SearchRouter.range("ab12");
    assertThat(even[0]).containsExactly(0xab, 0x12);
    assertThat(even[1]).containsExactly(0xab, 0x13);
    byte[][] odd = SearchRouter.range("ab1");
    assertThat(odd[0]).containsExactly(0xab, 0x10);
    assertThat(odd[1]).containsExactly(0xab, 0x20);
    byte[][] carry = SearchRouter.range("abff");
    assertThat(carry[1]).containsExactly(0xac, 0x00);
  }
}
