using System;
using DeviceFirmware.App;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class MemoryReporterTests
    {
        [TestMethod]
        public static void AReportIsOneLineWithTheMoment()
        {
            FixedMemoryGauge gauge = new FixedMemoryGauge();
            gauge.Free = 81234;
            RecordingLog log = new RecordingLog();
            Assert.AreEqual(81234L, new MemoryReporter(gauge, log).Report("start-up"));
            Assert.AreEqual("INFO free managed memory (start-up): 81234 bytes", log[0]);
        }

        [TestMethod]
        public static void ABrokenGaugeIsAWarningNotAFailure()
        {
            FixedMemoryGauge gauge = new FixedMemoryGauge();
            gauge.Broken = true;
            RecordingLog log = new RecordingLog();
            Assert.AreEqual(-1L, new MemoryReporter(gauge, log).Report("start-up"));
            Assert.StartsWith("WARN free managed memory (start-up) not measured: InvalidOperationException", log[0]);
        }

        [TestMethod]
        public static void TheFirstExchangeIsReportedOnceEvenWhenItFails()
        {
            FixedMemoryGauge gauge = new FixedMemoryGauge();
            gauge.Free = 50000;
            RecordingLog log = new RecordingLog();
            ScriptedHttpTransport inner = new ScriptedHttpTransport()
                .Fail(HttpFailureKind.Timeout, "api.amazon.com: no response within the timeout")
                .Respond(200, "{}");
            FirstExchangeMemoryReport transport = new FirstExchangeMemoryReport(inner, new MemoryReporter(gauge, log));
            Assert.IsFalse(transport.HasReported, "nothing sent yet");
            Assert.ThrowsException(typeof(HttpTransportException), () => transport.Send(new HttpRequest("POST", "https://api.amazon.com/auth/o2/token")));
            Assert.IsTrue(transport.HasReported, "reported after the first exchange");
            Assert.AreEqual(200, transport.Send(new HttpRequest("GET", "https://api.amazon.com/x")).StatusCode);
            Assert.AreEqual(1, gauge.ReadCount);
            Assert.AreEqual("INFO free managed memory (after the first HTTPS exchange): 50000 bytes", log[0]);
            Assert.AreEqual(2, inner.RequestCount);
        }
    }
}
