package io.abacus.app.payouts;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The review's mode choice ({@link PayoutMode}): separate transactions, selected by default, or the
 * multi-send, each with its fee; the multi-send is disabled with its one-line reason when it cannot
 * be chosen.
 */
final class PayoutModeView {
  private PayoutModeView() {}

  /** The choice, shown while {@code reviewing}. */
  static Node of(PayoutMode mode, BooleanExpression reviewing) {
    ToggleGroup group = new ToggleGroup();
    RadioButton separate = new RadioButton();
    separate.setId("payouts-mode-separate");
    separate.textProperty().bind(mode.separateTextProperty());
    separate.setToggleGroup(group);
    RadioButton multi = new RadioButton();
    multi.setId("payouts-mode-multisend");
    multi.textProperty().bind(mode.multiSendTextProperty());
    multi.setToggleGroup(group);
    multi.disableProperty().bind(mode.availableProperty().not());
    multi.setSelected(mode.multiSendProperty().get());
    separate.setSelected(!mode.multiSendProperty().get());
    multi.selectedProperty().bindBidirectional(mode.multiSendProperty());
    mode.multiSendProperty().addListener((o, was, now) -> separate.setSelected(!now));
    Label reason = new Label();
    reason.setId("payouts-mode-reason");
    reason.getStyleClass().add("text-muted");
    reason.textProperty().bind(mode.reasonProperty());
    reason.visibleProperty().bind(mode.reasonProperty().isNotEmpty());
    reason.managedProperty().bind(reason.visibleProperty());
    VBox box = new VBox(4, separate, multi, reason);
    box.setId("payouts-mode");
    box.visibleProperty().bind(reviewing);
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }
}
