using System;
using System.Collections.Generic;
using DeviceFirmware.App;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Simulator;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// Power cuts at each step of provisioning and ordering: the firmware and all RAM are dropped, the
    /// flash is kept (cut mid-write by <see cref="PowerCutFlashStore"/> where the step writes), then the
    /// device restarts. No token is lost once written, and no order is placed twice.
    /// </summary>
    public class PowerCutTests
    {
        /// <summary>Process stops between the provisioning steps (commit, Wi-Fi, time, code exchange, provisioned).</summary>
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void ACutDuringProvisioningLeavesAWorkingDevice(int ticksAfterCommit)
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory);
            run.AutoProvision = false;
            run.Start();
            run.PowerOn();
            run.Companion.Connect(run.Peripheral);
            Assert.True(run.Companion.ProvisionOnce());
            for (int i = 0; i < ticksAfterCommit; i++)
            {
                run.App.Tick(run.Clock.UtcNow);
            }

            ProvisioningState reached = run.App.Provisioning.Endpoint.State;
            bool tokensBefore = E2E.TokensOn(memory);
            run.PowerCut();
            run.Clock.Advance(TimeSpan.FromSeconds(30));
            run.PowerOn();

            Assert.Equal(tokensBefore, run.App.IsProvisioned);
            run.AutoProvision = true;
            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(15)), "operating after the cut at " + reached);
            Assert.True(run.RunUntil(() => run.OrdersPlaced > 0 && E2E.OrderedOnFlash(memory), TimeSpan.FromDays(10)));
            run.RunUntil(() => false, TimeSpan.FromDays(1));
            Assert.Single(run.Sandbox.Orders());
        }

        /// <summary>Cuts mid-write of each of the first writes (tokens, order intent, order placed): before, torn, and just after.</summary>
        [Fact]
        public void ACutInAnyWriteOfProvisioningOrOrderingLosesNoTokenAndDuplicatesNoOrder()
        {
            List<(string Name, int Start, int Length)> writes = BaselineWrites();
            Assert.True(writes.Count >= 3, "tokens, intent and order were written");
            var cuts = new List<int>();
            foreach (var write in writes.GetRange(0, 3))
            {
                cuts.Add(write.Start);
                cuts.Add(write.Start + (write.Length / 2));
                cuts.Add(write.Start + write.Length - 1);
                cuts.Add(write.Start + write.Length);
            }

            int tokenEnd = writes[0].Start + writes[0].Length;
            foreach (int cut in cuts)
            {
                var memory = new MemoryFlashStore();
                var store = new PowerCutFlashStore(memory, TornWriteShape.NewPrefixThenOldBytes);
                store.CutPowerAfter(cut);
                using SimulationRun run = E2E.Silent(store);
                run.Start();
                run.PowerOn();
                Assert.True(run.RunUntil(() => store.PowerIsCut, TimeSpan.FromDays(10)), "cut " + cut + " reached");
                run.PowerCut();
                run.Clock.Advance(TimeSpan.FromMinutes(1));
                run.PowerOn(new PowerCutFlashStore(memory, TornWriteShape.NewPrefixThenOldBytes));

                if (cut >= tokenEnd)
                {
                    Assert.True(run.App.IsProvisioned, "token kept after a cut at byte " + cut);
                }

                Assert.True(run.RunUntil(() => run.OrdersPlaced > 0 && E2E.OrderedOnFlash(memory), TimeSpan.FromDays(10)), "ordered after a cut at byte " + cut);
                run.RunUntil(() => false, TimeSpan.FromDays(1));
                Assert.True(run.Sandbox.Orders().Count == 1, "one order after a cut at byte " + cut + ": " + run.Sandbox.Orders().Count);
                Assert.Equal(FirmwareMode.Operating, run.App.Mode);
            }
        }

        private static List<(string Name, int Start, int Length)> BaselineWrites()
        {
            var memory = new MemoryFlashStore();
            var recorder = new WriteRecorder(memory);
            using SimulationRun run = E2E.Silent(recorder);
            run.Start();
            run.PowerOn();
            run.RunUntil(() => run.OrdersPlaced > 0 && E2E.OrderedOnFlash(memory), TimeSpan.FromDays(10));
            return recorder.Writes;
        }

        private sealed class WriteRecorder : IFlashStore
        {
            private readonly MemoryFlashStore _inner;
            private int _offset;

            public WriteRecorder(MemoryFlashStore inner) => _inner = inner;

            public List<(string Name, int Start, int Length)> Writes { get; } = new List<(string Name, int Start, int Length)>();

            public byte[] Read(string name) => _inner.Read(name);

            public void Write(string name, byte[] data)
            {
                Writes.Add((name, _offset, data.Length));
                _offset += data.Length;
                _inner.Write(name, data);
            }

            public void Erase(string name)
            {
                _offset++;
                _inner.Erase(name);
            }
        }
    }
}
