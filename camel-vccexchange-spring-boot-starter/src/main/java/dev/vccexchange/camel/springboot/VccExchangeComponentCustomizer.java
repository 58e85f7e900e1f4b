package dev.vccexchange.camel.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.vccexchange.camel.VccExchangeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.StringHelper;
import org.springframework.context.ApplicationContext;

/**
 * Copies the bound {@link VccExchangeComponentConfiguration} onto the {@link VccExchangeComponent} when Camel creates
 * it. The values go through the component's generated property configurer, exactly as
 * {@code camel.component.vccexchange.*} would in Camel Main: the flattened options ({@code apiKey}, {@code restUrl},
 * ...) land in {@code component.getConfiguration()}, which every endpoint copies. Durations reach the component's
 * millisecond options through Camel's type converters.
 * <p>
 * Unlike a silent copy, a non-null option that the component does not accept fails the startup, naming the key.
 */
class VccExchangeComponentCustomizer implements ComponentCustomizer {

    static final String PREFIX = "camel.component.vccexchange";

    private final ApplicationContext applicationContext;
    private final VccExchangeComponentConfiguration configuration;

    VccExchangeComponentCustomizer(ApplicationContext applicationContext,
                                   VccExchangeComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof VccExchangeComponent
               && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                       PREFIX + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        CamelContext camelContext = target.getCamelContext();
        Map<String, Object> options = options(camelContext);
        // the configurer is resolved when the component is built
        ServiceHelper.buildService(target);
        PropertyConfigurer configurer = target.getComponentPropertyConfigurer();

        List<String> rejected = new ArrayList<>();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            boolean bound = PropertyBindingSupport.build()
                    .withConfigurer(configurer)
                    .withIgnoreCase(true)
                    .bind(camelContext, target, option.getKey(), option.getValue());
            if (!bound) {
                rejected.add(PREFIX + "." + StringHelper.camelCaseToDash(option.getKey()));
            }
        }
        if (!rejected.isEmpty()) {
            throw new IllegalArgumentException("The vccexchange component has no option for " + rejected);
        }
    }

    /**
     * The non-null options, {@code configuration} first so that the flattened options refine the bean it names
     * (then only those that differ from their default), without the keys of the auto-configuration itself.
     */
    Map<String, Object> options(CamelContext camelContext) {
        Map<String, Object> all = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        all.remove("enabled");
        all.remove("customizer");
        Map<String, Object> ordered = new LinkedHashMap<>();
        Object bean = all.remove("configuration");
        if (bean != null) {
            ordered.put("configuration", bean);
            // the catalog defaults the fields start with must not overwrite what the bean says
            Map<String, Object> defaults = CamelPropertiesHelper.getNonNullProperties(camelContext,
                    new VccExchangeComponentConfiguration());
            all.entrySet().removeIf(e -> e.getValue().equals(defaults.get(e.getKey())));
        }
        ordered.putAll(all);
        return ordered;
    }

    @Override
    public int getOrder() {
        // before application customizers (order 0 and up), so that they can still override a property
        return -100;
    }
}
