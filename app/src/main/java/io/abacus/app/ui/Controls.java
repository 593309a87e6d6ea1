package io.abacus.app.ui;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders the code-built views share. */
public final class Controls {
  private Controls() {}

  /** A text field with an id (for tests and accessibility) bound both ways to {@code property}. */
  public static TextField textField(String id, StringProperty property, int columns) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(columns);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  /** A display-only converter for combo boxes and choice boxes. */
  public static <T> StringConverter<T> converter(Function<T, String> toText) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : toText.apply(t);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException("display only");
      }
    };
  }

  /** A label showing an error text in the theme's danger colour. */
  public static Label errorLabel(String id, StringProperty text) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("danger");
    label.setWrapText(true);
    label.textProperty().bind(text);
    return label;
  }

  /** A form grid with the app's spacing. */
  public static GridPane formGrid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    return grid;
  }

  /**
   * Keeps the label column of a two-column form at its full width, so labels never shrink to "...".
   */
  public static GridPane fitLabels(GridPane grid) {
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    grid.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
    return grid;
  }

  /** A titled block of a page. */
  public static VBox section(String title, javafx.scene.Node body) {
    Label heading = new Label(title);
    heading.getStyleClass().add("title-4");
    return new VBox(8, heading, body);
  }
}
