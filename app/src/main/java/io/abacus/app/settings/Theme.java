package io.abacus.app.settings;

/** The look of the app (AtlantaFX Primer themes). */
public enum Theme {
  LIGHT,
  DARK
}
