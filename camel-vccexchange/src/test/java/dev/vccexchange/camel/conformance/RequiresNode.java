package dev.vccexchange.camel.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Put on a test class that needs the node peers. Without node, and with the {@code CI} env var unset, every test
 * of the class is reported as skipped with the reason; with {@code CI} set the tests run and fail in
 * {@link NodePeers#assumeAvailable()} (call it from {@code @BeforeAll}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresNode.Condition.class)
public @interface RequiresNode {

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (NodePeers.isCi()) {
                return ConditionEvaluationResult.enabled("CI is set: node is required");
            }
            try {
                NodePeers.node();
                NodePeers.npm();
                return ConditionEvaluationResult.enabled("node found");
            } catch (NodePeers.NodeUnavailableException e) {
                return ConditionEvaluationResult.disabled(
                        "Conformance tests SKIPPED (set CI=1 to make this a failure): " + e.getMessage());
            }
        }
    }
}
