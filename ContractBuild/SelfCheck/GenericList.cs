// Contract build self-check (see HostTests/DeviceFirmware.HostTests/ContractBuild/SelfCheckTests.cs):
// valid full-.NET C# that must FAIL the contract build, because nanoFramework has no generic collections.
using System.Collections.Generic;

namespace DeviceFirmware.ContractSelfCheck
{
    /// <summary>Uses System.Collections.Generic.List&lt;int&gt;, which the device does not have.</summary>
    public class GenericList
    {
        /// <summary>Sums a few numbers through a generic list.</summary>
        /// <returns>The sum.</returns>
        public static int Sum()
        {
            List<int> numbers = new List<int>();
            numbers.Add(1);
            numbers.Add(2);
            int sum = 0;
            foreach (int n in numbers)
            {
                sum += n;
            }

            return sum;
        }
    }
}
