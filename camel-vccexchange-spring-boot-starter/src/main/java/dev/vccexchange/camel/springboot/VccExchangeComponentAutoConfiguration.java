package dev.vccexchange.camel.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Applies {@code camel.component.vccexchange.*} to the vccexchange component of the Spring Boot managed CamelContext.
 * <p>
 * Switched off by {@code camel.component.vccexchange.enabled=false} (or {@code camel.component.enabled=false} for
 * every component); the customizer alone by {@code camel.component.vccexchange.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", VccExchangeComponentCustomizer.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, VccExchangeComponentConfiguration.class })
public class VccExchangeComponentAutoConfiguration {

    @Bean
    public ComponentCustomizer configureVccExchangeComponent(ApplicationContext applicationContext,
                                                             VccExchangeComponentConfiguration configuration) {
        return new VccExchangeComponentCustomizer(applicationContext, configuration);
    }

    /** Lets the bean-typed options be given as {@code #bean:name} in properties. Static: needed before binding. */
    @Bean
    @ConfigurationPropertiesBinding
    public static VccExchangeBeanReferenceConverter vccExchangeBeanReferenceConverter() {
        return new VccExchangeBeanReferenceConverter();
    }
}
