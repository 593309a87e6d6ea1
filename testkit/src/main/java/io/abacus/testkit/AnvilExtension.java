package io.abacus.testkit;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its anvil node (see {@link WithAnvil}): a lease on the JVM's shared node or
 * a private node. Either is kept in the class-level store, which JUnit closes when the class is
 * done, whatever the outcome: the lease reverts the shared chain, a private node stops.
 */
public final class AnvilExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(AnvilExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    anvil(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Anvil.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return anvil(context);
  }

  private static Anvil anvil(ExtensionContext context) {
    // The outermost class context, so nested test classes share their enclosing class's node.
    ExtensionContext classContext = context;
    while (classContext.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      classContext = classContext.getParent().orElseThrow();
    }
    Class<?> testClass = classContext.getRequiredTestClass();
    WithAnvil config = testClass.getAnnotation(WithAnvil.class);
    AnvilOptions options =
        config == null
            ? AnvilOptions.defaults()
            : new AnvilOptions(config.chainId(), config.automine(), List.of(config.args()));
    ExtensionContext.Store store = classContext.getStore(NS);
    if ((config == null || config.shared()) && SharedAnvils.shareable(options)) {
      return store
          .getOrComputeIfAbsent(
              testClass, key -> SharedAnvils.lease(options), SharedAnvils.Lease.class)
          .anvil();
    }
    return store.getOrComputeIfAbsent(testClass, key -> Anvil.start(options), Anvil.class);
  }
}
