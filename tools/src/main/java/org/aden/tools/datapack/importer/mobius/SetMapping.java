package org.aden.tools.datapack.importer.mobius;

import java.util.function.UnaryOperator;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Numbers;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.Source.SetList;

/**
 * How one {@code <set name=".." val=".."/>} of the source becomes one of our attributes. The source's value when
 * the set is absent is {@code sourceDefault} (what Mobius assumes); the attribute is written only when the result
 * differs from {@code schemaDefault} (what our schema, and so our loader, assumes).
 */
record SetMapping(
        String source, String target, String sourceDefault, String schemaDefault, UnaryOperator<String> transform) {

    static SetMapping of(String source, String target, String bothDefaults) {
        return new SetMapping(source, target, bothDefaults, bothDefaults, SetMapping::plain);
    }

    static SetMapping of(String source, String target, String sourceDefault, String schemaDefault) {
        return new SetMapping(source, target, sourceDefault, schemaDefault, SetMapping::plain);
    }

    static SetMapping enumeration(String source, String target, String bothDefaults) {
        return new SetMapping(source, target, bothDefaults, bothDefaults, Names::value);
    }

    SetMapping with(UnaryOperator<String> t) {
        return new SetMapping(source, target, sourceDefault, schemaDefault, t);
    }

    void apply(SetList sets, Out out) {
        String value = sets.take(source);
        if (value == null) {
            value = sourceDefault;
        }
        if (value == null) {
            return;
        }
        String mapped = transform.apply(value.trim());
        if (mapped != null && (schemaDefault == null || !Numbers.sameValue(mapped, schemaDefault))) {
            out.attr(target, mapped);
        }
    }

    static String plain(String v) {
        return Numbers.isNumber(v)
                ? Numbers.normalize(v)
                : v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? v.toLowerCase(java.util.Locale.ROOT) : v;
    }
}
