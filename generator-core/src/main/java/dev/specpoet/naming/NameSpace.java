package dev.specpoet.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names already taken in one scope (a package, a class, a method's parameters). Collisions
 * get a number, {@code Pet2}, in the order names are asked for, so every run gives the same names.
 */
final class NameSpace {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;
    private final NameSpace enclosing;

    private NameSpace(boolean ignoreCase, NameSpace enclosing) {
        this.ignoreCase = ignoreCase;
        this.enclosing = enclosing;
    }

    private NameSpace(boolean ignoreCase) {
        this(ignoreCase, null);
    }

    /**
     * A scope of class names inside {@code enclosing}: a name taken there is taken here too, but a
     * name claimed here stays free there.
     */
    static NameSpace forClassesWithin(NameSpace enclosing) {
        return new NameSpace(true, enclosing);
    }

    /** A scope of class names: {@code Pet} and {@code PET} collide, as they would on macOS or Windows. */
    static NameSpace forClasses() {
        return new NameSpace(true);
    }

    static NameSpace forMembers() {
        return new NameSpace(false);
    }

    NameSpace reserve(Collection<String> names) {
        names.forEach(name -> taken.add(key(name)));
        return this;
    }

    boolean isTaken(String name) {
        return taken.contains(key(name)) || (enclosing != null && enclosing.isTaken(name));
    }

    /** Claims {@code wanted}, or the first free {@code wanted2}, {@code wanted3}... */
    String claim(String wanted) {
        String name = wanted;
        for (int i = 2; isTaken(name); i++) {
            name = JavaNames.shorten(wanted + i);
        }
        taken.add(key(name));
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
