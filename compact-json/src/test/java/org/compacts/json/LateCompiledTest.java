package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.StackWalker.Option;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A builder method is called through its method handle for its first calls, then through a
 * compiled function, with the same results and the same exceptions either way.
 */
class LateCompiledTest {
  /** Public, as the model's builders are: what the functions call. */
  public static final class Probe {
    private static final StackWalker WALKER = StackWalker.getInstance(Option.SHOW_HIDDEN_FRAMES);

    /** Makes a probe. */
    public static Probe make() {
      return new Probe();
    }

    /** Returns the name of the class that called this method, hidden frames included. */
    public String caller() {
      return WALKER.walk(frames -> frames.skip(1).findFirst().orElseThrow().getClassName());
    }

    /** Returns the argument's caller class, or fails on a negative number. */
    public Object echo(Object argument) {
      if (argument instanceof Integer i && i < 0) {
        throw new IllegalArgumentException("negative: " + i);
      }
      return caller() + ":" + argument;
    }
  }

  @Test
  void callsThroughTheHandleFirstThenThroughACompiledFunction() throws Exception {
    Function<Object, Object> caller = LateCompiled.function(Probe.class.getMethod("caller"));
    Probe probe = new Probe();
    for (int i = 1; i < LateCompiled.CALLS; i++) {
      assertThat((String) caller.apply(probe)).as("call %d", i).doesNotContain("$$Lambda");
    }
    caller.apply(probe);   // the call that compiles
    assertThat((String) caller.apply(probe)).contains("$$Lambda");
  }

  @Test
  void givesTheSameResultsAndExceptionsBeforeAndAfterCompiling() throws Exception {
    BiFunction<Object, Object, Object> echo =
        LateCompiled.biFunction(Probe.class.getMethod("echo", Object.class));
    Probe probe = new Probe();
    for (int i = 0; i <= LateCompiled.CALLS + 1; i++) {
      assertThat((String) echo.apply(probe, i)).endsWith(":" + i);
      int negative = -1 - i;
      assertThatThrownBy(() -> echo.apply(probe, negative))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("negative: " + negative);
    }
    Supplier<Object> make = LateCompiled.supplier(Probe.class.getMethod("make"));
    for (int i = 0; i <= LateCompiled.CALLS + 1; i++) {
      assertThat(make.get()).isInstanceOf(Probe.class);
    }
  }

  @Test
  void leavesOutAMethodItCannotCall() throws Exception {
    assertThat(LateCompiled.function(Object.class.getDeclaredMethod("clone"))).isNull();
  }
}
