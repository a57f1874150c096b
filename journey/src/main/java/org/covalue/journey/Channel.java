package org.covalue.journey;

import java.util.List;
import org.covalue.core.OpenCode;
import org.jspecify.annotations.Nullable;

/**
 * The medium through which a touchpoint or a service interaction happens, such as the phone or a
 * web portal. The set is open: besides the predefined channels, an application may name its own
 * with {@link #of(String)}. See {@link OpenCode} for the form of codes. Instances are immutable and
 * thread-safe.
 */
public final class Channel extends OpenCode<Channel> {

  private static final Vocabulary<Channel> CHANNELS = new Vocabulary<>("Channel", Channel::new);

  /** Face to face, at a desk, a shop or on site. */
  public static final Channel IN_PERSON =
      CHANNELS.predefine("IN_PERSON", "Face to face, in the same place.");

  /** A telephone call. */
  public static final Channel PHONE = CHANNELS.predefine("PHONE", "A telephone call.");

  /** E-mail. */
  public static final Channel EMAIL = CHANNELS.predefine("EMAIL", "An e-mail message.");

  /** Live chat with a person or a bot. */
  public static final Channel CHAT =
      CHANNELS.predefine("CHAT", "A live chat, with a person or a bot.");

  /** A website or web portal. */
  public static final Channel WEB = CHANNELS.predefine("WEB", "A website or web portal.");

  /** An app on a mobile device. */
  public static final Channel MOBILE_APP =
      CHANNELS.predefine("MOBILE_APP", "An app on a mobile device.");

  /** Social media. */
  public static final Channel SOCIAL_MEDIA =
      CHANNELS.predefine("SOCIAL_MEDIA", "A social media platform.");

  /** Advertising: a one-way encounter with the provider's message. */
  public static final Channel ADVERTISING =
      CHANNELS.predefine(
          "ADVERTISING", "An advertisement: one-way communication from the provider.");

  /** Letters and parcels. */
  public static final Channel POST = CHANNELS.predefine("POST", "Letters or parcels sent by post.");

  /** The product or device itself, such as a screen message or a status light. */
  public static final Channel PRODUCT =
      CHANNELS.predefine(
          "PRODUCT", "The product or device itself, such as a message on its screen.");

  private Channel(String code, @Nullable String description) {
    super(code, description);
  }

  /**
   * Returns the channel with a code: the predefined one if there is one, or else a custom channel.
   *
   * @param code upper-case letters, digits and underscores, starting with a letter
   * @return the channel
   * @throws org.covalue.core.InvalidModelException if the code is not of that form
   */
  public static Channel of(String code) {
    return CHANNELS.of(code);
  }

  /**
   * Returns the predefined channels.
   *
   * @return an unmodifiable list, in declaration order
   */
  public static List<Channel> predefined() {
    return CHANNELS.predefined();
  }
}
