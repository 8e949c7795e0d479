package io.contractcheck.sample.auth;

/** A token that does not prove who the user is; the message says why, without echoing the token. */
public final class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidTokenException(String reason) {
    super(reason);
  }
}
