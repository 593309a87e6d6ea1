package io.abacus.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.abacus.app.cli.CommandTreeRules;
import io.abacus.app.sandbox.SandboxRules;

/**
 * The app's architecture rules over one import of its classes: each rule class once was a test
 * class of its own with its own import (ArchUnit's start and the byte-code reading paid once per
 * class, each in whichever test JVM ran it). The rules say in their {@code that()} which package
 * they are about, so the one import checks exactly the classes each checked before.
 * DependencyTrimTest stays apart: it imports every module's classes.
 */
@AnalyzeClasses(packages = "io.abacus.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests viewModels = ArchTests.in(ViewModelRules.class);

  @ArchTest static final ArchTests nodeLayer = ArchTests.in(NodeLayerRules.class);

  @ArchTest static final ArchTests commandTree = ArchTests.in(CommandTreeRules.class);

  @ArchTest static final ArchTests sandbox = ArchTests.in(SandboxRules.class);
}
