package org.o2c.collections.dunning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.ArrayList;
import java.util.List;

/**
 * The dunning levels of a legal entity that has no policy of its own:
 * {@code o2c.collections.default-dunning-levels=7:reminder,21:second reminder,45:final notice}
 * (days past due and name per level, in ascending order).
 */
@ConfigMapping(prefix = "o2c.collections")
public interface DunningSettings {

    @WithDefault("7:reminder,21:second reminder,45:final notice")
    String defaultDunningLevels();

    default DunningLevels defaultLevels() {
        List<DunningLevel> levels = new ArrayList<>();
        for (String step : defaultDunningLevels().split(",")) {
            String[] daysAndName = step.split(":", 2);
            levels.add(new DunningLevel(levels.size() + 1, daysAndName[1].strip(),
                    Integer.parseInt(daysAndName[0].strip())));
        }
        return new DunningLevels(levels);
    }
}
