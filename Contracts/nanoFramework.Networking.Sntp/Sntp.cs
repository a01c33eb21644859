// Contract of nanoFramework.Networking.Sntp as declared in NuGet nanoFramework.Networking.Sntp 1.6.42 (nanoframework/nanoFramework.Networking.Sntp nanoFramework.Networking.Sntp/Sntp.cs).
namespace nanoFramework.Networking
{
    // Not static in the package: a plain class with the compiler's public default constructor.
    public class Sntp
    {
        public static void Start() { throw null; }

        public static void UpdateNow() { throw null; }

        public static bool IsStarted { get { throw null; } }
    }
}
