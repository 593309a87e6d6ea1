package io.abacus.app.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Sandbox service knows neither the window nor the command line. */
public final class SandboxRules {
  private SandboxRules() {}

  @ArchTest
  static final ArchRule noUi =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "io.abacus.app.desktop..", "io.abacus.app.shell..")
          .because("the UI binds to the Sandbox service, not the other way round");

  @ArchTest
  static final ArchRule noCommandLine =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.abacus.app.cli..", "picocli..")
          .because("the command line and the UI both call the Sandbox service");
}
