import { describe, expect, it } from 'vitest';
import { variantTraits } from '../../lib/detect/variant-traits';

describe('what a variant’s name says differs from its base', () => {
  it.each([
    ['mlabonne/Meta-Llama-3.1-8B-Instruct-abliterated', 'meta-llama', 'abliterated by mlabonne'],
    ['Meta-Llama-3.1-8B-Instruct-abliterated', 'meta-llama', 'abliterated'],
    ['hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', 'meta-llama', 'quantised by bartowski (GGUF)'],
    ['Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'meta-llama', 'quantised (Q4_K_M, gguf)'],
    ['TheBloke/Llama-2-13B-chat-AWQ', 'meta-llama', 'quantised by TheBloke (AWQ)'],
    ['mlx-community/Meta-Llama-3.1-8B-Instruct-4bit', 'meta-llama', 'quantised by mlx-community (4bit)'],
    ['Qwen2.5-7B-Instruct-abliterated-v2-GGUF', 'qwen', 'abliterated, quantised (GGUF)'],
    ['Orenguteng/Llama-3.1-8B-Lexi-Uncensored-V2', 'meta-llama', 'uncensored by Orenguteng'],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 'meta-llama', 'distilled by deepseek-ai'],
    ['NousResearch/Hermes-3-Llama-3.1-8B', 'meta-llama', 'fine-tune by NousResearch'],
    ['unsloth/Llama-3.1-8B-Instruct-bnb-4bit', 'meta-llama', 'quantised by unsloth (bnb, 4bit)'],
    ['my-org/llama-3.1-8b-sft-dpo', 'meta-llama', 'fine-tune by my-org'],
    ['Qwen3-30B-A3B-Instruct-2507', 'qwen', 'release 2507'],
    ['Qwen/Qwen3-30B-A3B-Instruct-2507', 'qwen', 'release 2507'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama', ''],
    ['Llama-3.1-8B-Instruct-merged-slerp', 'meta-llama', 'merge'],
    ['lmsys/vicuna-7b-v1.5-16k', 'lmsys', '16K context'],
    ['01-ai/Yi-34B-200K', '01-ai', '200K context'],
    ['acme/Llama-3.1-8B-Instruct-abliterated-128k', 'meta-llama', 'abliterated by acme, 128K context'],
  ])('%s', (written, provider, traits) => {
    expect(variantTraits(written, provider).join(', ')).toBe(traits);
  });
});
