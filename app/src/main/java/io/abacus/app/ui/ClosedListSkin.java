package io.abacus.app.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin whose drop-down list gets its own skin (cells, virtual flow, scroll bars) when
 * the popup first opens, not with the window's first frame.
 *
 * <p>The stock skin keeps its closed list as a hidden child of the combo box so that CSS reaches it
 * early; for the network switcher that cost a list skin, a virtual flow and about a hundred classes
 * on the shell's first paint for a popup the user may never open (and the create form's word count,
 * as a choice box, built its whole menu to measure its width before the form's first paint). The
 * list is sized and styled when the popup shows it (the popup becomes its parent), which is how the
 * stock skin lays it out too.
 */
public final class ClosedListSkin<T> extends ComboBoxListViewSkin<T> {
  /** Gives {@code box} this skin. */
  public ClosedListSkin(ComboBox<T> box) {
    super(box);
    getChildren().remove(getPopupContent());
  }
}
