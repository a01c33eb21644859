// Contract build self-check (see HostTests/DeviceFirmware.HostTests/ContractBuild/SelfCheckTests.cs):
// valid full-.NET C# that must FAIL the contract build, because nanoFramework's string has no Replace(char, char).
namespace DeviceFirmware.ContractSelfCheck
{
    /// <summary>Uses string.Replace(char, char), which the device does not have.</summary>
    public class StringReplaceChar
    {
        /// <summary>Turns standard base64 into base64url the full-.NET way.</summary>
        /// <param name="text">Standard base64 text.</param>
        /// <returns>The text with '+' and '/' replaced.</returns>
        public static string ToUrlAlphabet(string text)
        {
            return text.Replace('+', '-').Replace('/', '_');
        }
    }
}
