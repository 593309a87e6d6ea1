package io.abacus.wallet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.abacus.wallet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noJavaFx =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("wallet-core is UI-free and reusable on its own");

  @ArchTest
  static final ArchRule noSql =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..")
          .because("storage of chain data belongs to the explorer");

  @ArchTest
  static final ArchRule noExplorerOrApp =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.abacus.explorer..", "io.abacus.app..")
          .because("dependencies point from app to explorer to wallet-core, never back");

  @ArchTest
  static final ArchRule httpOnlyInTheNodeLayer =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.abacus.wallet.rpc")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..")
          .because("one node layer (wallet-core's rpc package) talks HTTP; see decision 0006");

  static final ArchRule noWeb3jTypedDataEncoder =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveNameMatching("org\\.web3j\\.crypto\\.StructuredData.*")
          .because(
              "web3j hashes several EIP-712 shapes differently from ethers and MetaMask;"
                  + " io.abacus.wallet.message has its own encoder (issue 11)");

  @ArchTest
  static final ArchRule keccakWithoutBouncyCastle =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.web3j.crypto.Hash")
          .because(
              "io.abacus.wallet.hash.Keccak256 hashes without loading Bouncy Castle's signed jar,"
                  + " which costs every short command its start-up time (issue 20)");
}
