// Contract build self-check (see HostTests/DeviceFirmware.HostTests/ContractBuild/SelfCheckTests.cs):
// the control: uses only APIs nanoFramework has, so it must PASS the contract build. If it fails, the
// build itself is broken and the failures of the other snippets prove nothing.
using System.Collections;

namespace DeviceFirmware.ContractSelfCheck
{
    /// <summary>Uses only nanoFramework APIs (ArrayList, string.Substring, string.IndexOf).</summary>
    public class ValidNanoCode
    {
        /// <summary>Splits "key=value" pairs separated by ';' into a list of keys.</summary>
        /// <param name="text">Pairs such as "a=1;b=2".</param>
        /// <returns>The keys, in order.</returns>
        public static ArrayList Keys(string text)
        {
            ArrayList keys = new ArrayList();
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf(';', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                string pair = text.Substring(start, end - start);
                int equals = pair.IndexOf('=');
                keys.Add(equals < 0 ? pair : pair.Substring(0, equals));
                start = end + 1;
            }

            return keys;
        }
    }
}
