using System;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class FirmwareLoopStepTests
    {
        [TestMethod]
        public static void TheFirstPassBootsAndTheNextOnesTick()
        {
            AppRig rig = new AppRig();
            FirmwarePorts ports = new FirmwarePorts(new MemoryFlashStore(), rig.Drs, ScriptedRandomSource.Counting(3), rig.Sensor, new RecordingGattPeripheral(), rig.Wifi, rig.WifiLink, rig.Time, rig.Button, rig.Clock, rig.Log);
            FirmwareApp app = new FirmwareApp(FirmwareConfig.Parse(AppRig.ConfigText), "240AC45E1A70", "0.6.0", ports);
            FirmwareLoopStep step = new FirmwareLoopStep(app, WakeDelay.Responsive);
            Assert.IsFalse(step.IsBooted, "not booted before the first pass");

            TimeSpan sleep = step.Run(rig.Clock.UtcNow);
            Assert.IsTrue(step.IsBooted, "booted by the first pass");
            Assert.AreEqual(FirmwareMode.WindowOpen, app.Mode);
            Assert.AreEqual(FirmwareApp.WindowPollInterval, sleep);

            rig.Clock.Advance(sleep);
            Assert.AreEqual(FirmwareApp.WindowPollInterval, step.Run(rig.Clock.UtcNow));
        }

        [TestMethod]
        public static void TheSleepNeverExceedsTheBound()
        {
            AppRig rig = new AppRig();
            FirmwareLoopStep step = new FirmwareLoopStep(rig.App, new TimeSpan(0, 0, 0, 0, 100));

            // The rig's app is booted already: the step's own boot fails and is retried by the recovering loop.
            Assert.ThrowsException(typeof(InvalidOperationException), () => step.Run(rig.Clock.UtcNow));
            Assert.IsFalse(step.IsBooted, "a failed boot is not a boot");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new FirmwareLoopStep(rig.App, TimeSpan.Zero));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new FirmwareLoopStep(null, WakeDelay.Responsive));
        }
    }
}
