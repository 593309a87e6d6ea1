package io.abacus.app.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.abacus.app.sandbox",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SandboxArchitectureTest {
  @ArchTest
  static final ArchRule noUi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "io.abacus.app.desktop..", "io.abacus.app.shell..")
          .because("the UI binds to the Sandbox service, not the other way round");

  @ArchTest
  static final ArchRule noCommandLine =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.abacus.app.cli..", "picocli..")
          .because("the command line and the UI both call the Sandbox service");
}
