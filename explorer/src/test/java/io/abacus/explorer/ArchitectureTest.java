package io.abacus.explorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.abacus.explorer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noJavaFx =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("the explorer is UI-free; the app binds to it");

  @ArchTest
  static final ArchRule noApp =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.abacus.app..")
          .because("dependencies point from app to explorer, never back");

  @ArchTest
  static final ArchRule httpOnlyInTheNodeLayer =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.abacus.wallet.rpc")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..")
          .because("one node layer (wallet-core's rpc package) talks HTTP; see decision 0006");
}
