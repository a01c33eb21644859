using System;
using System.IO;
using DeviceFirmware.App;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class RecoveringLoopTests
    {
        private static readonly DateTime Now = new DateTime(2025, 6, 1, 12, 0, 0);

        [TestMethod]
        public static void AGoodPassSleepsWhatTheStepAsks()
        {
            ScriptedLoopStep step = new ScriptedLoopStep().Wait(new TimeSpan(0, 0, 7)).Wait(new TimeSpan(0, 0, -3));
            RecordingLog log = new RecordingLog();
            RecoveringLoop loop = new RecoveringLoop(step, log);
            Assert.AreEqual(new TimeSpan(0, 0, 7), loop.RunOnce(Now));
            Assert.AreEqual(TimeSpan.Zero, loop.RunOnce(Now));
            Assert.AreEqual(0, loop.ConsecutiveFailures);
            Assert.AreEqual(0, log.Count);
        }

        [TestMethod]
        public static void AFailedPassIsLoggedAndTheLoopGoesOn()
        {
            ScriptedLoopStep step = new ScriptedLoopStep()
                .Throw(new IOException("slot a cannot be read", new InvalidOperationException("inner")))
                .Wait(new TimeSpan(0, 0, 2));
            RecordingLog log = new RecordingLog();
            RecoveringLoop loop = new RecoveringLoop(step, log);
            Assert.AreEqual(new TimeSpan(0, 0, 1), loop.RunOnce(Now));
            Assert.AreEqual(1, loop.ConsecutiveFailures);
            Assert.StartsWith("ERROR main loop pass failed (1 in a row; next in 1 s): IOException: slot a cannot be read (inner: InvalidOperationException)", log[0]);
            Assert.AreEqual(new TimeSpan(0, 0, 2), loop.RunOnce(Now));
            Assert.AreEqual(0, loop.ConsecutiveFailures);
            Assert.IsTrue(log.Contains("recovered after 1 failed pass"), "recovery logged");
            Assert.AreEqual(2, step.RunCount);
        }

        [TestMethod]
        public static void RepeatedFailuresBackOffToFiveMinutes()
        {
            ScriptedLoopStep step = new ScriptedLoopStep();
            for (int i = 0; i < 10; i++)
            {
                step.Throw(new InvalidOperationException("still broken"));
            }

            RecoveringLoop loop = new RecoveringLoop(step, new RecordingLog(), 0);
            int[] expected = new int[] { 1, 2, 5, 10, 30, 60, 120, 300, 300, 300 };
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(new TimeSpan(0, 0, expected[i]), loop.RunOnce(Now));
            }

            Assert.AreEqual(10, loop.ConsecutiveFailures);
            Assert.IsFalse(loop.RebootRequested, "0 means never reboot");
            Assert.AreEqual(TimeSpan.Zero, RecoveringLoop.PauseAfter(0));
        }

        [TestMethod]
        public static void ARebootIsRequestedAfterTheConfiguredFailuresOnly()
        {
            ScriptedLoopStep step = new ScriptedLoopStep()
                .Throw(new InvalidOperationException("a"))
                .Throw(new InvalidOperationException("b"))
                .Wait(TimeSpan.Zero)
                .Throw(new InvalidOperationException("c"))
                .Throw(new InvalidOperationException("d"))
                .Throw(new InvalidOperationException("e"));
            RecordingLog log = new RecordingLog();
            RecoveringLoop loop = new RecoveringLoop(step, log, 3);
            loop.RunOnce(Now);
            loop.RunOnce(Now);
            loop.RunOnce(Now);
            loop.RunOnce(Now);
            loop.RunOnce(Now);
            Assert.IsFalse(loop.RebootRequested, "a good pass resets the count");
            loop.RunOnce(Now);
            Assert.IsTrue(loop.RebootRequested, "three failures in a row");
            Assert.IsTrue(log.Contains("rebooting (stored tokens are kept)"), "reboot logged");
            Assert.AreEqual(RecoveringLoop.DefaultRebootAfterFailures, new RecoveringLoop(step, log).RebootAfterFailures);
        }

        [TestMethod]
        public static void SecretsInAnExceptionMessageStayOutOfTheLog()
        {
            string refresh = "Atzr|IwEBIGx0a3Jlc2hUb2tlbjEyMzQ1Njc4OTBhYmNkZWY";
            string code = "ANdNAVhyhqirUelHGEHA";
            ScriptedLoopStep step = new ScriptedLoopStep().Throw(new InvalidOperationException("refresh_token=" + refresh + "&code=" + code));
            RecordingLog log = new RecordingLog();
            new RecoveringLoop(step, log).RunOnce(Now);
            Assert.IsFalse(log.Contains(refresh), "refresh token logged");
            Assert.IsFalse(log.Contains("IwEBIGx0"), "part of the refresh token logged");
            Assert.IsFalse(log.Contains(code), "authorization code logged");
            Assert.IsTrue(log.Contains("refresh_token=[redacted]&code=[redacted]"), "the rest of the message stays");
        }

        [TestMethod]
        public static void BadArgumentsAreRefused()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new RecoveringLoop(null, new RecordingLog()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new RecoveringLoop(new ScriptedLoopStep(), null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new RecoveringLoop(new ScriptedLoopStep(), new RecordingLog(), -1));
        }
    }
}
