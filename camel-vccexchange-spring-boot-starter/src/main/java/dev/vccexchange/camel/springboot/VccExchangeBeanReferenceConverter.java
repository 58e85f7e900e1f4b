package dev.vccexchange.camel.springboot;

import java.net.http.HttpClient;
import java.util.Set;

import dev.vccexchange.camel.VccExchangeConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Resolves {@code #bean:name} (or {@code #name}) in the bean-typed options ({@code configuration}, {@code http-client},
 * {@code ssl-context-parameters}) to the Spring bean of that name.
 */
public class VccExchangeBeanReferenceConverter implements GenericConverter, ApplicationContextAware {

    private ApplicationContext applicationContext;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, VccExchangeConfiguration.class),
                new ConvertiblePair(String.class, HttpClient.class),
                new ConvertiblePair(String.class, SSLContextParameters.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String reference = source == null ? "" : source.toString().trim();
        if (reference.isEmpty()) {
            return null;
        }
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("Expected a bean reference such as #bean:name, got '" + reference + "'");
        }
        String name = reference.startsWith("#bean:") ? reference.substring(6) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
