package io.abacus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app reaches nodes only through wallet-core's node layer (decision 0006). */
public final class NodeLayerRules {
  private NodeLayerRules() {}

  @ArchTest
  static final ArchRule noHttpOutsideTheNodeLayer =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..")
          .because("one node layer (wallet-core's rpc package) talks HTTP; see decision 0006");
}
