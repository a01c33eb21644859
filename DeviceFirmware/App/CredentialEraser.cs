using System;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.App
{
    /// <summary>
    /// The provisioning session's factory reset (<see cref="IFactoryReset"/>) mapped onto the app's:
    /// deregister when online, wipe tokens and slot episodes, forget the Wi-Fi credentials.
    /// </summary>
    internal sealed class CredentialEraser : IFactoryReset
    {
        private readonly FirmwareApp _app;

        /// <summary>Creates the adapter.</summary>
        /// <param name="app">The app whose credentials it erases.</param>
        public CredentialEraser(FirmwareApp app)
        {
            if (app == null)
            {
                throw new ArgumentNullException("app");
            }

            _app = app;
        }

        /// <inheritdoc />
        public void EraseCredentials()
        {
            _app.EraseCredentials();
        }
    }
}
