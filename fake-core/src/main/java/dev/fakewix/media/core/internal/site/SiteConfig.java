package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.persist.SiteStore;
import dev.fakewix.media.core.internal.persist.ValueCodec;
import dev.fakewix.media.core.internal.scenario.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A site's configuration as its data directory keeps it: the readiness policy and limits when they differ from the
 * fake's defaults, the bytes registered for import URLs (by their blob names), the loopback fetch switch, and the
 * scenarios' own part (described by their owner). Read back, it is set without being written again.
 */
final class SiteConfig {
    private SiteConfig() {}

    static Map<String, Object> describe(SiteEngine engine) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (engine.readiness() != engine.config.readiness()) {
            Map<String, Object> form = Rules.form(engine.readiness());
            if (form == null) {
                engine.warnNotKept("its readiness policy");
            } else {
                m.put("readiness", form);
            }
        }
        if (!engine.limits().equals(engine.config.limits())) {
            m.put("limits", ValueCodec.encode(engine.limits()));
        }
        List<Object> imports = new ArrayList<>();
        for (Map.Entry<String, StoredBytes> e : new TreeMap<>(engine.importContents()).entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", e.getKey());
            item.put("blob", SiteStore.blobName(e.getValue()));
            item.put("size", e.getValue().size());
            item.put("md5", e.getValue().md5());
            imports.add(item);
        }
        if (!imports.isEmpty()) {
            m.put("importContent", imports);
        }
        if (engine.fetchesLoopbackImports()) {
            m.put("fetchLoopbackImports", true);
        }
        Object scenarios = engine.scenarioForm();
        if (scenarios != null) {
            m.put("scenarios", scenarios);
        }
        return m;
    }

    /** Sets what {@code config} holds; returns its scenarios' part for their owner ({@code null}: none). */
    static Object apply(SiteEngine engine, SiteStore store, Map<?, ?> config) {
        if (config == null) {
            return null;
        }
        if (config.get("readiness") instanceof Map<?, ?> form) {
            engine.restoreReadiness(Rules.readinessOf(form));
        }
        if (config.get("limits") != null) {
            engine.restoreLimits(ValueCodec.decode(config.get("limits"), SiteLimits.class));
        }
        if (config.get("importContent") instanceof List<?> imports) {
            for (Object o : imports) {
                Map<?, ?> item = (Map<?, ?>) o;
                String blob = (String) item.get("blob");
                StoredBytes bytes = store.blob(blob, SiteImages.number(item, "size"), (String) item.get("md5"));
                if (bytes == null) {
                    throw new IllegalStateException("the data directory is damaged: the bytes " + blob
                            + " registered for "
                            + item.get("url") + " of site " + store.siteId() + " are missing; restore the directory"
                            + " from a backup");
                }
                engine.restoreImportContent((String) item.get("url"), bytes);
            }
        }
        engine.restoreFetchLoopbackImports(Boolean.TRUE.equals(config.get("fetchLoopbackImports")));
        return config.get("scenarios");
    }

    /** The blob names a configuration record refers to. */
    static Set<String> blobsOf(Map<?, ?> config) {
        Set<String> out = new HashSet<>();
        if (config != null && config.get("importContent") instanceof List<?> imports) {
            for (Object o : imports) {
                out.add(String.valueOf(((Map<?, ?>) o).get("blob")));
            }
        }
        return out;
    }
}
