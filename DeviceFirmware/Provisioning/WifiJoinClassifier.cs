namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Decides how a Wi-Fi join ended from the driver's connect status and whether DHCP gave an address,
    /// so the app can tell a wrong password from a missing network (docs/provisioning-protocol.md §7).
    /// </summary>
    public static class WifiJoinClassifier
    {
        /// <summary>The join's outcome.</summary>
        /// <param name="status">How the driver's connect attempt ended.</param>
        /// <param name="gotAddress">True when DHCP gave an IPv4 address after a successful connect; ignored otherwise.</param>
        /// <returns>Joined only for an associated station with an address.</returns>
        public static WifiJoinResult Classify(WifiAssociationStatus status, bool gotAddress)
        {
            switch (status)
            {
                case WifiAssociationStatus.Success:
                    return gotAddress ? WifiJoinResult.Joined : WifiJoinResult.NoIpAddress;
                case WifiAssociationStatus.InvalidCredential:
                    return WifiJoinResult.WrongPassword;
                case WifiAssociationStatus.NetworkNotAvailable:
                    return WifiJoinResult.NetworkNotFound;
                default:
                    // Timeout, UnspecifiedFailure, AccessRevoked, an unsupported protocol or a value this firmware does not know.
                    return WifiJoinResult.Failed;
            }
        }
    }
}
