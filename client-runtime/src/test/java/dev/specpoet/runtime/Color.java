package dev.specpoet.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/** An open enum written exactly as the generator writes one. */
public final class Color extends OpenEnum<String> {
    public static final Color RED = new Color("red", true);
    public static final Color DARK_BLUE = new Color("dark-blue", true);

    private static final Map<String, Color> KNOWN = index(RED, DARK_BLUE);

    private Color(String value, boolean known) {
        super(value, known);
    }

    @JsonCreator
    public static Color of(String value) {
        Color known = KNOWN.get(value);
        return known != null ? known : new Color(value, false);
    }

    static List<Color> values() {
        return List.copyOf(KNOWN.values());
    }
}
