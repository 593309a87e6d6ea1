package io.abacus.app.onboarding;

import static io.abacus.app.onboarding.OnboardingTestSupport.DEV_ACCOUNT_0;
import static io.abacus.app.onboarding.OnboardingTestSupport.DEV_KEY_0;
import static io.abacus.app.onboarding.OnboardingTestSupport.pw;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.onboarding.ImportWalletViewModel.Source;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWalletViewModelTest {
  @TempDir Path data;
  private WalletSession session;

  @BeforeEach
  void setUp() {
    session = OnboardingTestSupport.session(data);
  }

  private ImportWalletViewModel model(Source source) {
    ImportWalletViewModel m =
        new ImportWalletViewModel(
            session, TaskExecutor.sameThread(), new I18n(Locale.ENGLISH), source);
    m.nameProperty().set("imported");
    return m;
  }

  @Test
  void importsAPrivateKeyAndWipesTheTypedKey() {
    ImportWalletViewModel m = model(Source.PRIVATE_KEY);
    m.accountNameProperty().set("Till");
    char[] key = pw("  " + DEV_KEY_0 + "\n");
    assertThat(m.importWallet(pw("long enough 1"), pw("long enough 1"), key)).isTrue();
    assertThat(key).containsOnly('\0');
    assertThat(session.accounts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.address()).isEqualTo(Address.parse(DEV_ACCOUNT_0));
              assertThat(a.name()).isEqualTo("Till");
              assertThat(a.canSign()).isTrue();
            });
  }

  @Test
  void malformedPrivateKeyIsRefusedAndNoWalletIsMade() {
    ImportWalletViewModel m = model(Source.PRIVATE_KEY);
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw(DEV_KEY_0.substring(0, 60)));
    assertThat(m.errorProperty().get()).startsWith("A private key is 64 hex digits");
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw(DEV_KEY_0.replace('a', 'g')));
    assertThat(m.errorProperty().get()).startsWith("A private key is 64 hex digits");
    assertThat(session.vault().exists("imported")).isFalse();
  }

  @Test
  void keyOutsideTheCurveLeavesNoHalfMadeWallet() {
    ImportWalletViewModel m = model(Source.PRIVATE_KEY);
    assertThat(m.importWallet(pw("long enough 1"), pw("long enough 1"), pw("0x" + "0".repeat(64))))
        .isTrue();
    assertThat(m.errorProperty().get()).startsWith("The wallet could not be opened or saved");
    assertThat(session.vault().exists("imported")).isFalse();
    assertThat(session.wallet()).isEmpty();
  }

  @Test
  void importsAKeystoreFileAndExplainsAWrongKeystorePassword() throws Exception {
    String json =
        new Keystore(new SecureRandom())
            .encrypt(
                HexBytes.parse(DEV_KEY_0).toBytes(),
                "keystore pw".getBytes(StandardCharsets.UTF_8),
                KeystoreKdf.Scrypt.LIGHT);
    Path file = Files.writeString(data.resolve("UTC--key.json"), json);
    ImportWalletViewModel m = model(Source.KEYSTORE);
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw("keystore pw"));
    assertThat(m.errorProperty().get()).isEqualTo("Choose the keystore file.");
    m.keystoreFileProperty().set(data.resolve("missing.json").toString());
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw("keystore pw"));
    assertThat(m.errorProperty().get()).startsWith("There is no file at");
    m.keystoreFileProperty().set(file.toString());
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw("wrong"));
    assertThat(m.errorProperty().get()).isEqualTo("The keystore password is wrong.");
    assertThat(session.vault().exists("imported")).isFalse();
    m.importWallet(pw("long enough 1"), pw("long enough 1"), pw("keystore pw"));
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(session.accounts().get(0).address()).isEqualTo(Address.parse(DEV_ACCOUNT_0));
  }

  @Test
  void watchOnlyNeedsAValidChecksummedAddress() {
    ImportWalletViewModel m = model(Source.WATCH);
    m.watchAddressProperty().set("0x1234");
    m.importWallet(pw("long enough 1"), pw("long enough 1"), new char[0]);
    assertThat(m.errorProperty().get()).isEqualTo("An address is 0x followed by 40 hex digits.");
    m.watchAddressProperty().set(DEV_ACCOUNT_0.replace('F', 'f').replace("f39", "F39"));
    m.importWallet(pw("long enough 1"), pw("long enough 1"), new char[0]);
    assertThat(m.errorProperty().get()).startsWith("The address has a typo");
    m.watchAddressProperty().set(DEV_ACCOUNT_0.toLowerCase(Locale.ROOT));
    assertThat(m.importWallet(pw("long enough 1"), pw("long enough 1"), new char[0])).isTrue();
    assertThat(session.accounts())
        .singleElement()
        .satisfies(a -> assertThat(a.canSign()).isFalse());
  }

  @Test
  void privateKeyTextParsesHexWithoutPrefixAndRefusesOtherLengths() {
    assertThat(PrivateKeyText.parse(DEV_KEY_0.substring(2).toCharArray()))
        .isEqualTo(HexBytes.parse(DEV_KEY_0).toBytes());
    assertThat(PrivateKeyText.parse("0x12".toCharArray())).isNull();
    assertThat(PrivateKeyText.parse(new char[0])).isNull();
  }
}
