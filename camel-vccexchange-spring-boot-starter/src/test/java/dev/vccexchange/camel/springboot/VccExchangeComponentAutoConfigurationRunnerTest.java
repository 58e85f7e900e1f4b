package dev.vccexchange.camel.springboot;

import dev.vccexchange.camel.VccExchangeComponent;
import dev.vccexchange.camel.VccExchangeConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The switches of the auto-configuration and the bean-typed options, each in a fresh application context. */
class VccExchangeComponentAutoConfigurationRunnerTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    VccExchangeComponentAutoConfiguration.class));

    @Test
    void disabledLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.vccexchange.enabled=false",
                "camel.component.vccexchange.api-key=ignored").run(spring -> {
                    assertThat(spring).doesNotHaveBean(VccExchangeComponentCustomizer.class);
                    VccExchangeComponent component = spring.getBean(CamelContext.class)
                            .getComponent("vccexchange", VccExchangeComponent.class);
                    assertThat(component.getConfiguration().getApiKey()).isNull();
                });
    }

    @Test
    void customizerCanBeSwitchedOff() {
        runner.withPropertyValues("camel.component.vccexchange.customizer.enabled=false",
                "camel.component.vccexchange.api-key=ignored").run(spring -> {
                    VccExchangeComponent component = spring.getBean(CamelContext.class)
                            .getComponent("vccexchange", VccExchangeComponent.class);
                    assertThat(component.getConfiguration().getApiKey()).isNull();
                });
    }

    @Test
    void beanTypedOptionsTakeABeanReference() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("vccTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues("camel.component.vccexchange.ssl-context-parameters=#bean:vccTls")
                .run(spring -> {
                    assertThat(spring).hasNotFailed();
                    VccExchangeComponent component = spring.getBean(CamelContext.class)
                            .getComponent("vccexchange", VccExchangeComponent.class);
                    assertThat(component.getConfiguration().getSslContextParameters()).isSameAs(tls);
                });
    }

    @Test
    void aConfigurationBeanKeepsItsValuesUnlessAKeyIsSet() {
        VccExchangeConfiguration bean = new VccExchangeConfiguration();
        bean.setSocketUrl("ws://127.0.0.1:6001");
        bean.setRestUrl("http://127.0.0.1:8081/v3");
        runner.withBean("vccDefaults", VccExchangeConfiguration.class, () -> bean)
                .withPropertyValues("camel.component.vccexchange.configuration=#bean:vccDefaults",
                        "camel.component.vccexchange.rest-url=http://127.0.0.1:9/v3")
                .run(spring -> {
                    VccExchangeConfiguration applied = spring.getBean(CamelContext.class)
                            .getComponent("vccexchange", VccExchangeComponent.class).getConfiguration();
                    assertThat(applied).isSameAs(bean);
                    assertThat(applied.getSocketUrl()).isEqualTo("ws://127.0.0.1:6001");
                    assertThat(applied.getRestUrl()).isEqualTo("http://127.0.0.1:9/v3");
                });
    }
}
