using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;

namespace DeviceFirmware.Sandbox.Drs
{
    /// <summary>DELETE /registration: ends the caller's registration; its tokens and the device's unused codes stop working. 200, no body.</summary>
    internal sealed class DeregisterHandler
    {
        private readonly SandboxState _state;

        public DeregisterHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(DrsCall call)
        {
            _state.Deregister(call.Registration);
            return call.EmptyOk("deregistered");
        }
    }
}
