// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title MultiSend: pay many recipients in one transaction (a Disperse-like contract).
/// @notice Abacus payouts use it for "one transaction for all ETH rows" / "one transaction per
/// token". It holds nothing: ETH must be sent exactly (no leftover), tokens move straight from
/// the sender (who approved this contract) to each recipient. Any failing payment reverts all.
contract MultiSend {
    using SafeERC20 for IERC20;

    /// Sends values[i] wei to recipients[i]; msg.value must be their exact sum.
    function disperseEther(address[] calldata recipients, uint256[] calldata values)
        external
        payable
    {
        require(recipients.length == values.length, "MultiSend: lengths differ");
        uint256 total = 0;
        for (uint256 i = 0; i < recipients.length; i++) {
            total += values[i];
            (bool ok, ) = payable(recipients[i]).call{value: values[i]}("");
            require(ok, "MultiSend: ETH transfer failed");
        }
        require(total == msg.value, "MultiSend: value is not the sum");
    }

    /// Moves values[i] of token from the sender to recipients[i] with transferFrom.
    function disperseToken(IERC20 token, address[] calldata recipients, uint256[] calldata values)
        external
    {
        require(recipients.length == values.length, "MultiSend: lengths differ");
        for (uint256 i = 0; i < recipients.length; i++) {
            token.safeTransferFrom(msg.sender, recipients[i], values[i]);
        }
    }
}
