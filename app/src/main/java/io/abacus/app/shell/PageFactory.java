package io.abacus.app.shell;

import io.abacus.app.i18n.I18n;
import javafx.scene.Node;

/**
 * Builds the pages of one area of the app (wallet, payments, explorer, settings). The composition
 * root asks each factory in turn; the first non-null page wins.
 */
@FunctionalInterface
public interface PageFactory {
  /** The body of {@code section}'s page in the language of {@code i18n}, or null if not ours. */
  Node page(Section section, I18n i18n);
}
