using System;
using System.Collections.Generic;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.PropertyTests.Support
{
    /// <summary>Checks exception messages (inner ones included) and log lines for secret values, naming only where one was found.</summary>
    public static class SecretScan
    {
        /// <summary>Fails when the message of <paramref name="error"/> or of an inner exception contains one of <paramref name="secrets"/>.</summary>
        /// <param name="error">The exception, or null.</param>
        /// <param name="secrets">The secret values (null and empty ones are ignored).</param>
        /// <param name="what">What the exception is, for the failure message.</param>
        public static void RequireNoneIn(Exception error, IEnumerable<string> secrets, string what)
        {
            for (Exception current = error; current != null; current = current.InnerException)
            {
                RequireNoneIn(current.Message, secrets, what + " message (" + current.GetType().Name + ")");
            }
        }

        /// <summary>Fails when a line of <paramref name="log"/> contains one of <paramref name="secrets"/>.</summary>
        /// <param name="log">The log.</param>
        /// <param name="secrets">The secret values.</param>
        public static void RequireNoneIn(RecordingLog log, IEnumerable<string> secrets)
        {
            for (int i = 0; i < log.Count; i++)
            {
                RequireNoneIn(log[i], secrets, "log line " + i);
            }
        }

        private static void RequireNoneIn(string text, IEnumerable<string> secrets, string where)
        {
            int index = 0;
            foreach (string secret in secrets)
            {
                PropertyRun.Require(string.IsNullOrEmpty(secret) || text == null || !text.Contains(secret, StringComparison.Ordinal), where + " contains secret #" + index);
                index++;
            }
        }
    }
}
