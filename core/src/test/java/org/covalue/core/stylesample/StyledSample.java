package org.covalue.core.stylesample;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type with the covalue style, to test what the style does. */
@Value.Immutable
public abstract class StyledSample {

  StyledSample() {}

  public abstract String name();

  public abstract int rank();

  public abstract List<String> tags();

  public abstract Optional<String> note();

  public abstract StyledSample withRank(int rank);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder. */
  public static final class Builder extends ImmutableStyledSample.Builder {}
}
