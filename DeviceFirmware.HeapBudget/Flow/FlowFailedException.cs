using System;

namespace DeviceFirmware.HeapBudget.Flow
{
    /// <summary>A step of the flow did not happen as it must (a state or a count is wrong).</summary>
    public sealed class FlowFailedException : Exception
    {
        /// <summary>Creates the failure.</summary>
        /// <param name="message">What was expected and what was found.</param>
        public FlowFailedException(string message)
            : base(message)
        {
        }
    }
}
