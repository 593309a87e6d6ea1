package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {
  @Test
  void passwordsQueriesAndKeyLikePathSegmentsAreMasked() {
    assertThat(UrlCredentials.redact("https://u:p@host.example:8545/rpc"))
        .isEqualTo("https://***@host.example:8545/rpc");
    assertThat(
            UrlCredentials.redact("https://mainnet.example.io/v3/9aa3d95b3bc440fa88ea12eaa4456161"))
        .isEqualTo("https://mainnet.example.io/v3/***");
    assertThat(UrlCredentials.redact("https://eth.example/rpc?apikey=abc#top"))
        .isEqualTo("https://eth.example/rpc?***#top");
    assertThat(UrlCredentials.redact("not a url with spaces")).isEqualTo("***");
  }

  @Test
  void plainNodeUrlsAreLeftAlone() {
    for (String url :
        new String[] {
          "http://127.0.0.1:8545",
          "https://rpc.example.org/",
          "https://a.example/ethereum/mainnet",
          ""
        }) {
      assertThat(UrlCredentials.present(url)).as(url).isFalse();
      assertThat(UrlCredentials.redact(url)).isEqualTo(url);
    }
  }
}
