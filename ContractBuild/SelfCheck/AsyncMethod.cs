// Contract build self-check (see HostTests/DeviceFirmware.HostTests/ContractBuild/SelfCheckTests.cs):
// valid full-.NET C# that must FAIL the contract build, because nanoFramework has no Task and no async/await.
using System.Threading.Tasks;

namespace DeviceFirmware.ContractSelfCheck
{
    /// <summary>Uses an async method, which the device cannot run.</summary>
    public class AsyncMethod
    {
        /// <summary>Waits asynchronously, then returns a value.</summary>
        /// <returns>A task completing with 42.</returns>
        public static async Task<int> WaitAndAnswer()
        {
            await Task.Yield();
            await Task.Delay(1);
            return 42;
        }
    }
}
