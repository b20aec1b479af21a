// The fake of electron's dialog module: records each open and save dialog and answers as the test says.
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';

export interface FakeDialogCall {
  readonly window: BaseWindow | null;
  readonly options: OpenDialogOptions;
}

export class FakeDialog {
  readonly calls: FakeDialogCall[] = [];
  readonly saveCalls: { readonly window: BaseWindow | null; readonly options: SaveDialogOptions }[] = [];
  /** What the next dialog returns, as if the analyst had picked it. */
  result: OpenDialogReturnValue = { canceled: true, filePaths: [] };
  saveResult: SaveDialogReturnValue = { canceled: true, filePath: '' };

  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  async showSaveDialog(
    windowOrOptions: BaseWindow | SaveDialogOptions,
    options?: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue> {
    this.saveCalls.push(
      options === undefined
        ? { window: null, options: windowOrOptions as SaveDialogOptions }
        : { window: windowOrOptions as BaseWindow, options },
    );
    return this.saveResult;
  }

  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  async showOpenDialog(
    windowOrOptions: BaseWindow | OpenDialogOptions,
    options?: OpenDialogOptions,
  ): Promise<OpenDialogReturnValue> {
    this.calls.push(
      options === undefined
        ? { window: null, options: windowOrOptions as OpenDialogOptions }
        : { window: windowOrOptions as BaseWindow, options },
    );
    return this.result;
  }
}
