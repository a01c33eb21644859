using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework 3.0.x, with the same overloads (so overload
    /// resolution is the same as on the device) and the same semantics: equality by
    /// <see cref="object.Equals(object, object)"/>, strings compared ordinally, exact exception types.
    /// </summary>
    public sealed partial class Assert
    {
        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => CheckEqual(expected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails if <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>Fails unless the condition is true.</summary>
        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (!condition)
            {
                Fail("Assert.IsTrue", message);
            }
        }

        /// <summary>Fails unless the condition is false.</summary>
        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (condition)
            {
                Fail("Assert.IsFalse", message);
            }
        }

        /// <summary>Fails unless the value is null.</summary>
        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value != null)
            {
                Fail("Assert.IsNull", message);
            }
        }

        /// <summary>Fails if the value is null.</summary>
        public static void IsNotNull([NotNull] object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value == null)
            {
                Fail("Assert.IsNotNull", message);
            }
        }

        /// <summary>Fails unless the action throws exactly <paramref name="exception"/> (a derived type fails, as on the device).</summary>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression("action")] string message = "")
        {
            if (exception == null || action == null)
            {
                Fail("Assert.ThrowsException", "The parameter is invalid. The value cannot be null. " + message);
            }

            try
            {
                action();
            }
            catch (Exception thrown)
            {
                if (thrown.GetType() != exception)
                {
                    Fail("Assert.ThrowsException", $"Threw exception {thrown.GetType().Name}, but exception {exception.Name} was expected. {message}");
                }

                return;
            }

            Fail("Assert.ThrowsException", $"No exception thrown. {exception.Name} exception was expected. {message}");
        }

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/>.</summary>
        public static void Contains(string expected, string value, [CallerArgumentExpression("value")] string message = "")
        {
            RequireNotNull(expected, value, "Assert.Contains");
            if (!value.Contains(expected, StringComparison.Ordinal))
            {
                Fail("Assert.Contains", $"'{value}' does not contain '{expected}'. {message}");
            }
        }

        /// <summary>Fails if <paramref name="value"/> contains <paramref name="notExpected"/> (the real package's spelling).</summary>
        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression("value")] string message = "")
        {
            RequireNotNull(notExpected, value, "Assert.DoesNotContains");
            if (value.Contains(notExpected, StringComparison.Ordinal))
            {
                // Unlike the device, the host does not print the value: it may hold a secret the test checks for.
                Fail("Assert.DoesNotContains", $"the value contains the text it must not contain. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/>.</summary>
        public static void StartsWith(string expected, string value, [CallerArgumentExpression("value")] string message = "")
        {
            RequireNotNull(expected, value, "Assert.StartsWith");
            if (!value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("Assert.StartsWith", $"'{value}' does not start with '{expected}'. {message}");
            }
        }

        private static void CheckEqual(object expected, object actual, string message)
        {
            if (!ValuesEqual(expected, actual))
            {
                Fail("Assert.AreEqual", $"Expected:<{Show(expected)}>. Actual:<{Show(actual)}>. {message}");
            }
        }

        private static void CheckNotEqual(object notExpected, object actual, string message)
        {
            if (ValuesEqual(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", $"Expected any value except:<{Show(notExpected)}>. Actual:<{Show(actual)}>. {message}");
            }
        }

        private static bool ValuesEqual(object expected, object actual)
        {
            if (expected is string expectedText && actual is string actualText)
            {
                return string.Equals(expectedText, actualText, StringComparison.Ordinal);
            }

            return Equals(expected, actual);
        }

        private static void RequireNotNull(string expected, string value, string assertion)
        {
            if (expected == null || value == null)
            {
                Fail(assertion, "The parameter is invalid. The value cannot be null.");
            }
        }

        private static string Show(object value) => value == null ? "(null)" : value.ToString();

        [DoesNotReturn]
        private static void Fail(string assertion, string message) => throw new AssertFailedException($"{assertion} failed. {message}");
    }
}
