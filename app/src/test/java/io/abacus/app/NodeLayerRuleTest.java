package io.abacus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app reaches nodes only through wallet-core's node layer (decision 0006). */
@AnalyzeClasses(packages = "io.abacus.app", importOptions = ImportOption.DoNotIncludeTests.class)
class NodeLayerRuleTest {

  @ArchTest
  static final ArchRule noHttpOutsideTheNodeLayer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..")
          .because("one node layer (wallet-core's rpc package) talks HTTP; see decision 0006");
}
