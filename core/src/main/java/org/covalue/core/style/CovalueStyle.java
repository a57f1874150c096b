package org.covalue.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.covalue.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * The one Immutables style of covalue's value types. <strong>Internal:</strong> it is exported only
 * so that every covalue module can put it on its packages; it is not part of the supported API and
 * may change in any release.
 *
 * <p>The style keeps generated {@code Immutable*} classes package-private, so that users see only
 * the abstract value type, its {@code builder()} and its declared {@code withX(..)} copy methods.
 * Builders are plain (neither staged nor strict) so that {@code Builder.from(value)} stays
 * available. A missing mandatory attribute or a {@code null} passed where none is allowed yields an
 * {@link InvalidModelException} that names the attribute.
 *
 * <p>Generated classes carry no annotation from Immutables' jar (no {@code @Generated}), so code
 * compiled against covalue's jars alone with {@code javac -Xlint:all -Werror} stays quiet.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "goods:goods",
      "party:parties",
      "activity:activities",
      "entry:entries",
      "property:properties",
      "capability:capabilities",
      "access:accesses",
      "process:processes"
    },
    throwForInvalidImmutableState = InvalidModelException.class,
    throwForNullPointer = InvalidModelException.class,
    defaults = @Value.Immutable(copy = true),
    // Immutables adds every annotation it finds on the class path (its own @Generated among them)
    // unless this list names some; an empty list means "all". Naming only @Override, which
    // Immutables never adds this way, stops them all, so users' javac needs no Immutables jar.
    allowedClasspathAnnotations = {Override.class})
public @interface CovalueStyle {}
