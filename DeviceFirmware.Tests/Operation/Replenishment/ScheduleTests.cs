using System;
using DeviceFirmware.Replenishment;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>The daily schedule (UTC days) and the expected replenishment date of slot status.</summary>
    [TestClass]
    public class ScheduleTests
    {
        [TestMethod]
        public static void ADailyTaskIsDueAtStartUpThenOncePerUtcDay()
        {
            DailyTask task = new DailyTask("device status");
            DateTime morning = new DateTime(2025, 3, 1, 8, 0, 0);
            Assert.IsTrue(task.IsDue(morning));
            task.MarkDone(morning);
            Assert.IsFalse(task.IsDue(new DateTime(2025, 3, 1, 23, 59, 59)));
            Assert.AreEqual(new DateTime(2025, 3, 2), task.NextDue(morning));
            Assert.IsTrue(task.IsDue(new DateTime(2025, 3, 2, 0, 0, 0)));
        }

        [TestMethod]
        public static void AClockSetBackDoesNotRepeatADayAlreadyDone()
        {
            DailyTask task = new DailyTask("device status");
            task.MarkDone(new DateTime(2025, 3, 2, 0, 5, 0));
            Assert.IsFalse(task.IsDue(new DateTime(2025, 3, 1, 23, 58, 0)));
        }

        [TestMethod]
        public static void WithoutConsumptionTheExpectedDateIsThirtyDaysAhead()
        {
            UsageTracker usage = new UsageTracker();
            DateTime now = new DateTime(2025, 3, 1, 8, 0, 0);
            usage.Observe(now, 80);
            Assert.AreEqual(now.AddDays(30), usage.ExpectedReplenishment(now, 80, 20));
            Assert.AreEqual(now, usage.LastUseUtc);
        }

        [TestMethod]
        public static void TheExpectedDateFollowsTheConsumptionRate()
        {
            UsageTracker usage = new UsageTracker();
            DateTime start = new DateTime(2025, 3, 1, 8, 0, 0);
            usage.Observe(start, 80);
            usage.Observe(start.AddHours(12), 79.5);
            usage.Observe(start.AddDays(1), 70);
            Assert.AreEqual(start.AddDays(1), usage.LastUseUtc);
            Assert.AreEqual(start.AddDays(6), usage.ExpectedReplenishment(start.AddDays(1), 70, 20), "10 points a day, 50 to go");
        }

        [TestMethod]
        public static void TheExpectedDateIsNeverPastAYearNorBeforeNow()
        {
            UsageTracker usage = new UsageTracker();
            DateTime start = new DateTime(2025, 3, 1, 8, 0, 0);
            usage.Observe(start, 90);
            usage.Observe(start.AddDays(100), 88);
            Assert.AreEqual(start.AddDays(100 + 365), usage.ExpectedReplenishment(start.AddDays(100), 88, 20));
            Assert.AreEqual(start.AddDays(100), usage.ExpectedReplenishment(start.AddDays(100), 15, 20));
        }

        [TestMethod]
        public static void ARefillStartsANewConsumptionRecord()
        {
            UsageTracker usage = new UsageTracker();
            DateTime start = new DateTime(2025, 3, 1, 8, 0, 0);
            usage.Observe(start, 50);
            usage.Observe(start.AddDays(1), 30);
            usage.Observe(start.AddDays(2), 100);
            Assert.AreEqual(start.AddDays(2), usage.LastUseUtc);
            Assert.AreEqual(start.AddDays(32), usage.ExpectedReplenishment(start.AddDays(2), 100, 20), "no consumption seen since the fill");
        }
    }
}
